"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createSlotsAction } from "@/lib/booking/actions";
import { DURATIONS, PLACE_SUGGESTIONS } from "@/lib/booking/rules";

/** A mentor opens a one-off or weekly time for the group (times in the cohort's zone). */
export function CreateSlotsForm({
  defaultDate,
  minDate,
  maxDate,
  groupSize,
  timeZone,
}: {
  defaultDate: string;
  minDate: string;
  maxDate: string;
  groupSize: number;
  timeZone: string;
}) {
  const [state, action, pending] = useActionState(createSlotsAction, null);
  const failed = state && !state.ok ? state : null;
  const v = (name: string, fallback: string) => {
    const typed = failed?.values?.[name];
    return typeof typed === "string" ? typed : fallback;
  };
  const [kind, setKind] = useState(v("kind", "INDIVIDUAL"));
  const e = failed?.fieldErrors ?? {};
  return (
    <form
      action={action}
      className="space-y-4"
      aria-label="Open new times"
      noValidate
      key={state?.ok ? JSON.stringify(state.data) : "form"}
    >
      <FormStatus state={state} label="Open times status" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="date"
          label="Date"
          type="date"
          min={minDate}
          max={maxDate}
          required
          defaultValue={v("date", defaultDate)}
          errors={e.date}
        />
        <TextField
          id="time"
          label="Start time"
          type="time"
          step={300}
          required
          defaultValue={v("time", "17:00")}
          hint={`Time zone: ${timeZone}`}
          errors={e.time}
        />
        <SelectField
          id="durationMinutes"
          label="Length"
          defaultValue={v("durationMinutes", "45")}
          errors={e.durationMinutes}
        >
          {DURATIONS.map((d) => (
            <option key={d} value={d}>
              {d < 60 ? `${d} minutes` : d === 60 ? "1 hour" : `${d / 60} hours`}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="kind"
          label="Who can come"
          value={kind}
          onChange={(ev) => setKind(ev.target.value)}
          errors={e.kind}
        >
          <option value="INDIVIDUAL">One mentee</option>
          <option value="GROUP">Group</option>
        </SelectField>
        {kind === "GROUP" ? (
          <TextField
            id="capacity"
            label="Seats"
            type="number"
            inputMode="numeric"
            min={2}
            max={50}
            defaultValue={v("capacity", String(groupSize))}
            hint={`Your group has ${groupSize} mentees.`}
            errors={e.capacity}
          />
        ) : null}
        <TextField
          id="weeks"
          label="Repeat weekly for"
          type="number"
          inputMode="numeric"
          min={1}
          max={30}
          defaultValue={v("weeks", "1")}
          hint="1 = this date only. Weeks after the programme ends are left out."
          errors={e.weeks}
        />
      </div>
      <TextField
        id="place"
        label="Place"
        list="place-suggestions"
        required
        defaultValue={v("place", "")}
        hint="Where you meet, or a video link."
        errors={e.place}
      />
      <datalist id="place-suggestions">
        {PLACE_SUGGESTIONS.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <Button type="submit" pending={pending} pendingLabel="Opening…">
        Open for booking
      </Button>
    </form>
  );
}
