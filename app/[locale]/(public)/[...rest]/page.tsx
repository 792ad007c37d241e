import { notFound } from "next/navigation";

// Every unprefixed path is rewritten into /en (proxy.ts), so an address no page answers lands
// here and gets the public "not found" page in its language, with the site's header.
export default function UnknownPage() {
  notFound();
}
