import Form from 'next/form';
import Link from 'next/link';
import { focusRing, secondaryButton } from '@/components/ui/styles';
import { BODY_AREAS, CONCERNS } from '@/lib/procedures/constants';
import { humanize } from '@/lib/procedures/labels';
import type { PlanParams } from '@/lib/planner/schema';
import { BUDGET_BASES, BUDGET_BASIS_LABELS, READINESS, READINESS_LABELS } from '@/lib/planner/constants';
import { DEFAULT_LEAD_DAYS, DEFAULT_SURGERY_LEAD_DAYS } from '@/lib/planner/lead-time';
import { CheckboxGrid } from './checkbox-grid';
import { SubmitButton } from './submit-button';
import { TimeZoneField } from './time-zone-field';

export type PlanFormProps = { params: PlanParams };

const input = `mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 ${focusRing}`;
const legend = 'text-base font-semibold text-slate-900';
// Component classes from globals.css, shared with the filter panel.
const checkRow = 'choice-row min-h-11';
const checkbox = 'choice-input';

type FieldProps = {
  name: keyof PlanParams;
  label: string;
  hint?: string;
  type: 'date' | 'number';
  defaultValue: string | number | undefined;
  max?: number;
};

/** A labelled input with its hint linked as the description. Number fields take whole numbers from 0. */
function Field({ name, label, hint, type, defaultValue, max }: FieldProps) {
  const id = `plan-${name}`;
  const number = type === 'number' ? { inputMode: 'numeric' as const, min: 0, max, step: 1 } : {};
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue ?? ''}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={input}
        {...number}
      />
    </div>
  );
}

// "high" allows every level, so it is shown as "No limit" rather than as a fourth choice.
const RISK_CHOICES = [
  { value: '', label: 'No limit' },
  { value: 'low', label: 'Low risk only' },
  { value: 'moderate', label: 'Up to moderate risk' },
] as const;

/**
 * The plan's wishes as a plain GET form: without JavaScript it submits to /plan like any form;
 * with it, next/form navigates in place. Every field is optional, and uncontrolled, so what the
 * visitor typed survives until they submit.
 */
/** Any setting beyond the date, readiness and concerns: "More options" opens when one is set. */
function hasMoreOptions(params: PlanParams): boolean {
  return (
    params.downtimeDays !== undefined ||
    params.budgetMax !== undefined ||
    params.minResultsMonths !== undefined ||
    params.noSurgery ||
    params.noGeneral ||
    (params.maxRisk !== undefined && params.maxRisk !== 'high') ||
    params.area.length > 0 ||
    params.leadDays !== DEFAULT_LEAD_DAYS ||
    params.surgeryLeadDays !== DEFAULT_SURGERY_LEAD_DAYS
  );
}

/**
 * The plan's wishes as a plain GET form: without JavaScript it submits to /plan like any form;
 * with it, next/form navigates in place. Either way the URL ends in #plan-results, so the page
 * opens on the answer. The date and the concern come first; the rest waits under "More options".
 * Every field is uncontrolled, so what the visitor typed survives until they submit.
 */
export function PlanForm({ params }: PlanFormProps) {
  const riskChoice = params.maxRisk === 'high' ? '' : (params.maxRisk ?? '');
  return (
    <Form action="/plan#plan-results" className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {/* The treatment plan is chosen on /compare, the procedure on its page; keep them when the wishes change. */}
      {params.treatment.map((slug) => (
        <input key={slug} type="hidden" name="treatment" value={slug} />
      ))}
      {params.procedure ? <input type="hidden" name="procedure" value={params.procedure} /> : null}
      <fieldset className="space-y-3">
        <legend className={legend}>Your date</legend>
        <Field
          name="eventDate"
          type="date"
          label="Event date"
          hint="The day you want to look and feel ready, e.g. a wedding."
          defaultValue={params.eventDate}
        />
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-900">By the date I want to be…</legend>
          {READINESS.map((value) => (
            <label key={value} className={checkRow}>
              <input type="radio" name="readiness" value={value} defaultChecked={params.readiness === value} className={checkbox} />
              {READINESS_LABELS[value]}
            </label>
          ))}
        </fieldset>
      </fieldset>

      <CheckboxGrid
        legend="What you want to treat"
        hint="Only procedures for a concern you tick are ranked."
        name="concern"
        options={CONCERNS.map((value) => ({ value, label: humanize(value) }))}
        selected={params.concern}
      />

      <details open={hasMoreOptions(params)} className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer text-base font-semibold text-slate-900">More options: time off, budget, what to avoid</summary>
        <div className="mt-3 space-y-5">
          <Field
            name="downtimeDays"
            type="number"
            max={365}
            label="Days of downtime you can take"
            hint="Days off work or out of sight while you recover. 0 means none."
            defaultValue={params.downtimeDays}
          />
          <fieldset className="space-y-3">
            <legend className={legend}>Budget and results</legend>
            <Field
              name="budgetMax"
              type="number"
              label="Budget ceiling (US dollars)"
              hint="Compared with the fee our sources report; many fees are not reported."
              defaultValue={params.budgetMax}
            />
            <fieldset className="space-y-1">
              <legend className="text-sm font-medium text-slate-900">The budget is…</legend>
              {BUDGET_BASES.map((value) => (
                <label key={value} className={checkRow}>
                  <input type="radio" name="budgetPer" value={value} defaultChecked={params.budgetPer === value} className={checkbox} />
                  {BUDGET_BASIS_LABELS[value]}
                </label>
              ))}
            </fieldset>
            <Field
              name="minResultsMonths"
              type="number"
              max={240}
              label="Results should last at least (months)"
              defaultValue={params.minResultsMonths}
            />
          </fieldset>
          <fieldset className="space-y-1">
            <legend className={legend}>What you want to avoid</legend>
            <label className={checkRow}>
              <input type="checkbox" name="noSurgery" value="1" defaultChecked={params.noSurgery} className={checkbox} />
              Avoid surgery
            </label>
            <label className={checkRow}>
              <input type="checkbox" name="noGeneral" value="1" defaultChecked={params.noGeneral} className={checkbox} />
              Avoid general anesthesia
            </label>
          </fieldset>
          <fieldset className="space-y-1">
            <legend className={legend}>Highest risk level</legend>
            {RISK_CHOICES.map((choice) => (
              <label key={choice.value || 'any'} className={checkRow}>
                <input type="radio" name="maxRisk" value={choice.value} defaultChecked={riskChoice === choice.value} className={checkbox} />
                {choice.label}
              </label>
            ))}
          </fieldset>
          <div>
            <label htmlFor="plan-area" className="block text-sm font-medium text-slate-900">
              Body areas
            </label>
            <p id="plan-area-hint" className="mt-0.5 text-sm text-slate-700">
              Only procedures used on an area you choose are ranked. Hold Ctrl (⌘ on a Mac) to choose more than one.
            </p>
            <select
              id="plan-area"
              name="area"
              multiple
              size={6}
              defaultValue={params.area}
              aria-describedby="plan-area-hint"
              className={input}
            >
              {BODY_AREAS.map((value) => (
                <option key={value} value={value}>
                  {humanize(value)}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="space-y-3">
            <legend className={legend}>Lead time (our rule, not a medical figure)</legend>
            <p className="text-sm text-slate-700">
              A date only counts if it is at least this many days from today, to leave time for a consultation first (and pre-operative
              visits before surgery).
            </p>
            <Field name="leadDays" type="number" max={365} label="Days before a treatment" defaultValue={params.leadDays} />
            <Field name="surgeryLeadDays" type="number" max={365} label="Days before surgery" defaultValue={params.surgeryLeadDays} />
          </fieldset>
        </div>
      </details>

      <TimeZoneField initial={params.tz} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton />
        <Link href="/plan" className={secondaryButton}>
          Start over
        </Link>
      </div>
    </Form>
  );
}
