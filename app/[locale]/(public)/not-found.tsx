import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-2">
      <h1 className="font-serif text-2xl font-semibold">Not found</h1>
      <p>
        There is no published record at this address. <Link href="/monuments" className="underline">Browse the monuments</Link>.
      </p>
    </div>
  );
}
