// Interface text added since the first release lives in messages/en.json, keyed, with {name}
// placeholders, so that it can move to a translation library's catalogues unchanged. Pure.
import en from "@/messages/en.json";

type Catalogue = typeof en;
type Leaves<T, P extends string = ""> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];
export type MessageKey = Leaves<Catalogue>;

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], en);
  if (typeof text !== "string") throw new Error(`no message ${key}`);
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
