import { Activity, type ReactNode } from 'react';

/**
 * Lets the browser bring this part of the page to life after the rest, in slices it can
 * interrupt, instead of in one long task at load. React hydrates a server-rendered Activity
 * boundary on its own, at its lowest priority, yielding every few milliseconds; a visible
 * Activity is sent inline with the page (unlike a Suspense boundary, which may be sent after
 * it and stay hidden without JavaScript).
 */
export function HydrateLater({ children }: { children: ReactNode }) {
  return <Activity mode="visible">{children}</Activity>;
}
