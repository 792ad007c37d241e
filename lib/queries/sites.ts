import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/** The sites the dataset covers (one so far: Palmyra), with the position a map centres on. */
export const listSites = cache(async () =>
  db().site.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, country: true, latitude: true, longitude: true } }),
);

export const getSiteBySlug = cache(async (slug: string) =>
  db().site.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, country: true, latitude: true, longitude: true } }),
);
