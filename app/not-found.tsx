import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-12 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="muted">There is no page at this address. The story may have been renamed or removed.</p>
      <p>
        <Link href="/postmortems">Browse postmortems</Link> · <Link href="/">Home</Link>
      </p>
    </div>
  );
}
