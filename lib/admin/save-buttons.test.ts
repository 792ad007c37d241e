import { expect, it } from "vitest";
import { saveButtons } from "./save-buttons";

const labels = (...args: Parameters<typeof saveButtons>) => saveButtons(...args).map((b) => b.label);

it("offers a draft or a review for a new or draft record, never a lone 'Save draft' that lands in review", () => {
  expect(labels(true, null)).toEqual(["Save draft", "Save and send for review"]);
  expect(labels(true, "DRAFT")).toEqual(["Save draft", "Save and send for review"]);
  expect(labels(true, "IN_REVIEW")).toEqual(["Save (stays in review)"]);
});

it("says a change to a published record, or a quote under one, goes public", () => {
  expect(labels(true, "PUBLISHED")).toEqual(["Save and publish"]);
  expect(labels(false, "PUBLISHED")).toEqual(["Save and publish"]);
});

it("names a quote's state after what it supports", () => {
  expect(labels(false, "DRAFT")).toEqual(["Save draft"]);
  expect(labels(false, "IN_REVIEW")).toEqual(["Save (in review with what it supports)"]);
  expect(labels(false, null)).toEqual(["Save"]);
});
