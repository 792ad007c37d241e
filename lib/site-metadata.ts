import type { Metadata } from "next";

// The metadata every root layout starts from.
export const siteMetadata: Metadata = {
  title: { default: "Heritage Watch", template: "%s · Heritage Watch" },
  description: "Damage to cultural heritage in war: monuments, dated claims, quoted sources.",
  // Every page names the site-wide Atom feed; pages with a narrower feed add theirs.
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Heritage Watch: published changes" }] } },
};
