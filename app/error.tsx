"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-3 py-12 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="muted">The page could not be loaded. Nothing you entered was lost.</p>
      <button type="button" onClick={reset} className="btn">
        Try again
      </button>
    </div>
  );
}
