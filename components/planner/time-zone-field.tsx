'use client';

import { useEffect, useRef } from 'react';

export type TimeZoneFieldProps = { initial: string };

/**
 * "Today" depends on where the visitor is: 11 pm in Los Angeles is already tomorrow in Auckland.
 * The server cannot know the zone, so the browser puts it in the form. Without JavaScript the
 * URL's zone (or UTC) is kept, and the page says which zone it used.
 */
export function TimeZoneField({ initial }: TimeZoneFieldProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && ref.current) ref.current.value = zone;
  }, []);
  return <input ref={ref} type="hidden" name="tz" defaultValue={initial} data-testid="plan-tz" />;
}
