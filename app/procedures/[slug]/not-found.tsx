import { PROCEDURE_NOT_FOUND_METADATA, ProcedureNotFound } from '@/components/procedures/procedure-not-found';

// Drawn by the browser when a page it navigates to calls notFound(); the page itself renders the
// same message for the server's HTML (components/ui/not-found-status.tsx).
export const metadata = PROCEDURE_NOT_FOUND_METADATA;

export default ProcedureNotFound;
