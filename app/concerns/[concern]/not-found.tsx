import { CONCERN_NOT_FOUND_METADATA, ConcernNotFound } from '@/components/concerns/concern-not-found';

// Drawn by the browser when a page it navigates to calls notFound(); the page itself renders the
// same message for the server's HTML (components/ui/not-found-status.tsx).
export const metadata = CONCERN_NOT_FOUND_METADATA;

export default ConcernNotFound;
