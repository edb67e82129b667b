"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/action-state";
import { exportMyDataAction } from "@/lib/account/actions";

/** Downloads the person's own data as a file (JSON or CSV), made on the server. */
export function ExportData() {
  const t = useTranslations("account.export");
  const [state, setState] = useState<ActionState | null>(null);
  const [pending, start] = useTransition();
  const download = (format: "json" | "csv") =>
    start(async () => {
      const result = await exportMyDataAction(null, { format });
      if (result.ok) {
        const url = URL.createObjectURL(new Blob([result.data.content], { type: result.data.mime }));
        const a = document.createElement("a");
        a.href = url;
        a.download = result.data.filename;
        document.body.append(a);
        a.click();
        a.remove();
        URL.revokeObjectURL(url);
        setState({
          ok: true,
          data: null,
          message: t("downloaded", { file: result.data.filename, records: result.data.records }),
        });
      } else setState(result);
    });
  return (
    <div className="space-y-3">
      <FormStatus state={state} label={t("status")} />
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" disabled={pending} onClick={() => download("json")}>
          {t("json")}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => download("csv")}>
          {t("csv")}
        </Button>
      </div>
    </div>
  );
}
