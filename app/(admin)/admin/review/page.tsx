import type { Metadata } from "next";
import { ReviewQueue } from "@/components/admin/review-queue";
import { bulkPublish } from "@/lib/actions/records";
import { getReviewQueue } from "@/lib/admin/review-queue";
import { requireUser } from "@/lib/admin/session";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewPage() {
  const user = await requireUser("draft.read", "/admin/review");
  const queue = await getReviewQueue();
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-2xl font-semibold">Waiting for review</h1>
      {queue.length === 0 ? <p>Nothing is waiting for review.</p> : null}
      <ReviewQueue action={bulkPublish} canPublish={can(user.role, "record.publish")} items={queue} />
    </div>
  );
}
