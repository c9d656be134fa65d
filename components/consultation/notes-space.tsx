export type NotesSpaceProps = {
  id: string;
  label: string;
  lines: number;
  heading: 'h2' | 'h3' | 'h4';
};

/** Ruled lines to write on once printed. Borders, not backgrounds: browsers skip backgrounds when printing. */
export function NotesSpace({ id, label, lines, heading: Heading }: NotesSpaceProps) {
  return (
    <section aria-labelledby={id} data-notes-space="" className="break-inside-avoid">
      <Heading id={id} className="text-base font-semibold text-slate-900">
        {label}
      </Heading>
      <div aria-hidden="true">
        {Array.from({ length: lines }, (_, line) => (
          <div key={line} data-notes-line="" className="h-8 border-b border-slate-400" />
        ))}
      </div>
    </section>
  );
}
