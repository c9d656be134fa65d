import { describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { GET as calendar } from '@/app/api/plan/calendar/route';
import { GET } from '@/app/api/plan/route';
import { addDays, todayInTimeZone } from '@/lib/planner/dates';

// GET /api/plan with a treatment plan and the new figures, against this worker's seeded database.

const plan = (query: string) => GET(new Request(`http://localhost/api/plan${query}`));
const inDays = (days: number) => addDays(todayInTimeZone(new Date(), 'UTC'), days);

type Step = { slug: string; sessionDates: string[]; readyBy: string; spacingToNext: { kind: string; days: number } | null };
type Body = {
  treatment: { steps: Step[]; bookBy: string; status: string; askAboutSpacing: boolean; unscheduled: unknown[] } | null;
  notices: { field: string; message: string }[];
  results: {
    slug: string;
    procedure: {
      costOverTime: { perVisit: unknown; perCourse: Record<string, unknown>; perYear: Record<string, unknown> };
      figures: Record<string, unknown>;
      sessions: unknown;
    };
  }[];
};

describe('GET /api/plan: treatment plan', () => {
  it('schedules 2–3 procedures towards the date, every step ready a safety margin before it', async () => {
    const eventDate = inDays(200);
    const response = await plan(`?eventDate=${eventDate}&treatment=botox&treatment=ipl-photofacial&treatment=dermabrasion`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Body;
    expect(body.treatment).not.toBeNull();
    const { steps, bookBy } = body.treatment!;
    expect(steps.map((step) => step.slug).sort()).toEqual(['botox', 'dermabrasion', 'ipl-photofacial']);
    expect(bookBy).toBe(steps[0]!.sessionDates[0]);
    for (const [i, step] of steps.entries()) {
      expect(step.readyBy < eventDate).toBe(true);
      const next = steps[i + 1];
      if (next) expect(step.sessionDates.at(-1)! < next.sessionDates[0]!).toBe(true);
    }
  });

  it('asks for the date when there is none, and names a slug it does not know', async () => {
    const body = (await (await plan('?treatment=botox&treatment=no-such-thing')).json()) as Body;
    expect(body.treatment).toBeNull();
    expect(body.notices.map((notice) => notice.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('no-such-thing'), expect.stringContaining('Choose your event date')]),
    );
  });

  it('answers 400 with zod issues for one procedure, four, or the same one twice', async () => {
    for (const query of [
      '?treatment=botox',
      '?treatment=a&treatment=b&treatment=c&treatment=d',
      '?treatment=botox&treatment=botox',
      '?treatment=Not%20A%20Slug&treatment=b',
    ]) {
      const response = await plan(query);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { issues: { path: (string | number)[] }[] };
      expect(body.issues[0]?.path[0], query).toBe('treatment');
    }
  });

  it('returns each option’s sourced figures with evidence and its costs over time with their inputs', async () => {
    const body = (await (await plan(`?eventDate=${inDays(90)}&budgetMax=5000&budgetPer=course`)).json()) as Body;
    const tattoo = body.results.find((r) => r.slug === 'laser-tattoo-removal')!;
    expect(tattoo.procedure.costOverTime.perCourse).toMatchObject({
      lowUsd: expect.any(Number),
      calculatedFrom: {
        formula: expect.stringContaining('sessions'),
        inputs: expect.arrayContaining([
          expect.objectContaining({ figure: 'sessions', evidence: expect.objectContaining({ quote: expect.any(String) }) }),
        ]),
      },
    });
    const botox = body.results.find((r) => r.slug === 'botox')!;
    expect(botox.procedure.costOverTime.perYear).toMatchObject({ lowUsd: expect.any(Number), calculatedFrom: expect.anything() });
    const peel = body.results.find((r) => r.slug === 'medium-chemical-peel')!;
    expect(peel.procedure.costOverTime.perYear).toEqual({ notCalculated: 'the fee is not reported' });
    expect(botox.procedure.figures.downtime).toMatchObject({ evidence: { quote: expect.any(String) } });
  });
});

describe('GET /api/plan/calendar', () => {
  it('downloads the booking deadlines as an .ics file that a calendar parser reads back', async () => {
    const eventDate = inDays(150);
    const query = `?eventDate=${eventDate}&treatment=botox&treatment=ipl-photofacial`;
    const response = await calendar(new Request(`http://localhost/api/plan/calendar${query}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(response.headers.get('content-disposition')).toContain('treatment-plan.ics');
    const events = Object.values(ical.sync.parseICS(await response.text())).filter((item) => item?.type === 'VEVENT') as {
      summary: string;
      start: Date;
    }[];
    const body = (await (await plan(query)).json()) as Body;
    const deadlines = body.treatment!.steps.flatMap((step) => step.sessionDates);
    expect(events).toHaveLength(deadlines.length + 1);
    // All-day entries come back as local midnight: read the calendar day from local parts.
    const pad = (n: number) => String(n).padStart(2, '0');
    const dayOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    expect(events.map((event) => dayOf(event.start)).sort()).toEqual([...deadlines, eventDate].sort());
    expect(events.map((event) => event.summary)).toContain('Your event');
    expect(events.filter((event) => event.summary.startsWith('Latest day: Botox'))).toHaveLength(1);
  });

  it('answers 400 without a treatment plan to export', async () => {
    const response = await calendar(new Request(`http://localhost/api/plan/calendar?eventDate=${inDays(30)}`));
    expect(response.status).toBe(400);
  });
});
