import { formatPercent, type CoverageReport } from '@/lib/procedures/figures/coverage';

export type CoverageTableProps = {
  report: CoverageReport;
  /** The catalog team's floors and targets too: shown to researchers, not in the visitor's table. */
  withTargets?: boolean;
};

/**
 * The coverage table `npm run catalog:report` prints, as the site serves it: how many procedures
 * report each figure, and with `withTargets` the floor and target each is held to. In its own
 * scrolling region so a phone's page never gets wider than the screen.
 */
export function CoverageTable({ report, withTargets = false }: CoverageTableProps) {
  const cell = 'border-t border-slate-200 px-3 py-2 text-left align-top';
  return (
    <div
      role="region"
      aria-label={withTargets ? 'Coverage floors and targets' : 'Coverage'}
      tabIndex={0}
      className="overflow-x-auto focus-ring"
    >
      <table className="w-full border-collapse text-sm">
        <caption className="pb-2 text-left text-slate-700">
          How many of the {report.procedures} procedures each figure applies to report it.
          {withTargets
            ? ' The floor is enforced on every change; the target is where we are heading, and where it is not yet met the figures are missing because no source we trust gives them.'
            : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              Figure
            </th>
            <th scope="col" className={cell}>
              Reported
            </th>
            <th scope="col" className={cell}>
              Share
            </th>
            {withTargets ? (
              <>
                <th scope="col" className={cell}>
                  Floor (never below)
                </th>
                <th scope="col" className={cell}>
                  Target
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {report.lines.map((line) => (
            <tr key={line.row} data-coverage={line.row}>
              <th scope="row" className={`${cell} font-medium`}>
                {line.label}
              </th>
              <td className={cell}>
                {line.reported} of {line.applies}
              </td>
              <td className={cell}>{formatPercent(line.share)}</td>
              {withTargets ? (
                <>
                  <td className={cell}>
                    {line.floor === null ? '—' : `${formatPercent(line.floor)} ${line.meets ? '(met)' : '(not met)'}`}
                  </td>
                  <td className={cell}>
                    {line.target === null ? '—' : `${formatPercent(line.target)} ${line.meetsTarget ? '(met)' : '(not yet met)'}`}
                  </td>
                </>
              ) : null}
            </tr>
          ))}
          <tr data-coverage="risk-quotes">
            <th scope="row" className={`${cell} font-medium`}>
              Side effects and risks with a quote
            </th>
            <td className={cell}>
              {report.risks.all.quoted} of {report.risks.all.total} (serious risks: {report.risks.serious.quoted} of{' '}
              {report.risks.serious.total})
            </td>
            <td className={cell}>{formatPercent(report.risks.share)}</td>
            {withTargets ? (
              <>
                <td className={cell}>
                  {report.risks.floor === null ? '—' : `${formatPercent(report.risks.floor)} ${report.risks.meets ? '(met)' : '(not met)'}`}
                </td>
                <td className={cell}>
                  {report.risks.target === null
                    ? '—'
                    : `${formatPercent(report.risks.target)} ${report.risks.meetsTarget ? '(met)' : '(not yet met)'}`}
                </td>
              </>
            ) : null}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
