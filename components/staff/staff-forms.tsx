"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { addStaffAction, removeStaffAction, sendSignInLinkAction } from "@/lib/staff/actions";
import { STAFF_ROLES } from "@/lib/staff/rules";

/** Adds a co-coordinator, supervisor or role model (React empties the form after a success; the message stays). */
export function AddStaffForm({ cohortId }: { cohortId: string }) {
  const ta = useTranslations("staff.add");
  const tr = useTranslations("staff.role");
  const { state, action, pending, attach, attachStatus, value, errors } = useActionForm(addStaffAction);
  return (
    <form ref={attach} action={action} aria-label={ta("label")} className="space-y-4" noValidate>
      <FormStatus state={state} label={ta("status")} ref={attachStatus} />
      <input type="hidden" name="cohortId" value={cohortId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="staff-name"
          name="name"
          label={ta("name")}
          defaultValue={value("name", "")}
          errors={errors.name}
        />
        <TextField
          id="staff-email"
          name="email"
          type="email"
          label={ta("email")}
          hint={ta("emailHint")}
          defaultValue={value("email", "")}
          errors={errors.email}
        />
        <SelectField
          id="staff-role"
          name="role"
          label={ta("role")}
          defaultValue={value("role", "SUPERVISOR")}
          errors={errors.role}
        >
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" pending={pending} pendingLabel={ta("pending")}>
        {ta("submit")}
      </Button>
    </form>
  );
}

/** Per person: send a new sign-in link; remove from the staff (with a confirmation). */
export function StaffRowActions({
  membershipId,
  name,
  canRemove,
}: {
  membershipId: string;
  name: string;
  canRemove: boolean;
}) {
  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      <SendLinkForm membershipId={membershipId} name={name} />
      {canRemove ? <RemoveStaffForm membershipId={membershipId} name={name} /> : null}
    </div>
  );
}

/** "Send a sign-in link": a new invitation, or a password reset link for someone with a password. */
export function SendLinkForm({ membershipId, name }: { membershipId: string; name: string }) {
  const tl = useTranslations("staff.row");
  const { state, action, pending, attach, attachStatus } = useActionForm(sendSignInLinkAction);
  return (
    <form ref={attach} action={action} aria-label={tl("linkLabel", { name })} className="space-y-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <Button type="submit" variant="secondary" pending={pending} pendingLabel={tl("sending")}>
        {tl("sendLink")}
      </Button>
      <FormStatus state={state} label={tl("linkStatus", { name })} ref={attachStatus} />
    </form>
  );
}

function RemoveStaffForm({ membershipId, name }: { membershipId: string; name: string }) {
  const tm = useTranslations("staff.row");
  const { state, action, pending, attach, attachStatus } = useActionForm(removeStaffAction);
  return (
    <form
      ref={attach}
      action={action}
      aria-label={tm("removeLabel", { name })}
      className="space-y-2"
      onSubmit={(e) => {
        if (!window.confirm(tm("confirmRemove", { name }))) e.preventDefault();
      }}
    >
      <input type="hidden" name="membershipId" value={membershipId} />
      <Button type="submit" variant="danger" pending={pending} pendingLabel={tm("removing")}>
        {tm("remove")}
      </Button>
      <FormStatus state={state} label={tm("removeStatus", { name })} ref={attachStatus} />
    </form>
  );
}
