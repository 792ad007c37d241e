import Link from "next/link";
import { HtmlDocument } from "@/components/html-document";
import { siteMetadata } from "@/lib/site-metadata";

export const metadata = siteMetadata;

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <HtmlDocument locale="en">
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto max-w-5xl px-4 py-3">
          <Link href="/" className="font-serif text-xl font-semibold tracking-tight">Heritage Watch</Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-md px-4 py-10">{children}</main>
    </HtmlDocument>
  );
}
