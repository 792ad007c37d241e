import { z } from "zod";
import { ACTOR_KINDS } from "@/lib/domain";
import { choice, lineError, lines, opts, recordMeta, requiredText, type FieldDef } from "./fields";

export const actorSchema = z.object({
  ...recordMeta,
  name: requiredText("Name"),
  kind: choice(ACTOR_KINDS, "a kind"),
  aliases: lines((parts, n) => {
    const [value, lang = "en"] = parts;
    if (!value) return lineError(`Line ${n}: the alias is empty.`);
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) return lineError(`Line ${n}: "${lang}" is not a language code like en or ar.`);
    return { value, lang };
  }),
});

export type ActorInput = z.output<typeof actorSchema>;

export const actorFields: FieldDef[] = [
  { name: "name", label: "Name", kind: "text" },
  { name: "kind", label: "Kind", kind: "select", options: opts(ACTOR_KINDS) },
  { name: "aliases", label: "Aliases", kind: "lines", optional: true, dir: "auto", hint: "One per line: alias | language. Example: داعش | ar" },
];
