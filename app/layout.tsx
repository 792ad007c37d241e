import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Heritage Watch", template: "%s · Heritage Watch" },
  description: "Damage to cultural heritage in war: monuments, dated claims, quoted sources.",
  // Every page names the site-wide Atom feed; pages with a narrower feed add theirs.
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Heritage Watch: published changes" }] } },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">{children}</body>
    </html>
  );
}
