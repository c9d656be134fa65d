// "Information, not medical advice": on every page. In full where a visitor starts or decides
// (the home page, each procedure page, the printable packs), and elsewhere as one line that opens
// to the same words, so a phone's first screen is not spent on it. A page with the full notice
// hides the layout's one-line notice (.medical-notice-short in app/globals.css).

const LEAD = 'Information, not medical advice.';
const BODY =
  'Every procedure here carries risks, and what suits you depends on your health and goals. Consult a board-certified dermatologist or plastic surgeon before deciding.';

export function MedicalNotice({ variant = 'full' }: { variant?: 'full' | 'short' }) {
  if (variant === 'short') {
    return (
      <aside aria-label="Medical notice" className="medical-notice medical-notice-short">
        <details>
          <summary>
            <strong>{LEAD}</strong> See a board-certified provider. <span className="medical-notice-more">More</span>
          </summary>
          <p>{BODY}</p>
        </details>
      </aside>
    );
  }
  return (
    <aside aria-label="Medical notice" className="medical-notice" data-notice-full="">
      <strong>{LEAD}</strong> {BODY}
    </aside>
  );
}
