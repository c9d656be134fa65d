export function MedicalNotice() {
  return (
    <aside aria-label="Medical notice" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <strong>Information, not medical advice.</strong> Every procedure here carries risks, and what suits you depends on your health and
      goals. Consult a board-certified dermatologist or plastic surgeon before deciding.
    </aside>
  );
}
