import { MAX_COMPARE, MIN_COMPARE, compareHref } from '@/lib/compare/url';
import { idTokensSchema } from '@/lib/compare/schema';
import { bookmarksHref } from '@/lib/bookmarks/page-params';
import { sortSchema } from '@/lib/bookmarks/schema';
import { treatmentHref, MAX_TREATMENT, MIN_TREATMENT } from '@/lib/planner/treatment-url';
import { slugSchema } from '@/lib/procedures/slug';

// Target of the /bookmarks "Compare ticked" GET form when JavaScript is off. A form sends
// ?ids=a&ids=b; /compare's canonical address is ?ids=a,b. Too many or too few is refused here,
// back on /bookmarks with the ticks kept, rather than silently trimmed. The form's other button,
// "Plan ticked as one treatment" (then=plan), goes to /plan with them as a treatment plan.

export const dynamic = 'force-dynamic';

function seeOther(location: string): Response {
  // A relative Location is valid HTTP and stays on whatever host the browser used.
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
}

export function GET(request: Request): Response {
  const query = new URL(request.url).searchParams;
  const sort = sortSchema.parse(query.get('sort') ?? undefined);
  // The same splitting and de-duplication as /compare itself.
  const slugs = idTokensSchema.parse(query.getAll('ids'));
  if (slugs.some((slug) => !slugSchema.safeParse(slug).success)) {
    return seeOther(bookmarksHref({ sort, error: 'invalid-input' }));
  }
  if (query.get('then') === 'plan') {
    if (slugs.length > MAX_TREATMENT) return seeOther(bookmarksHref({ sort, error: 'plan-too-many', selected: slugs }, 'compare'));
    if (slugs.length < MIN_TREATMENT) return seeOther(bookmarksHref({ sort, error: 'compare-too-few', selected: slugs }, 'compare'));
    return seeOther(treatmentHref(slugs));
  }
  if (slugs.length > MAX_COMPARE) return seeOther(bookmarksHref({ sort, error: 'compare-too-many', selected: slugs }, 'compare'));
  if (slugs.length < MIN_COMPARE) return seeOther(bookmarksHref({ sort, error: 'compare-too-few', selected: slugs }, 'compare'));
  return seeOther(compareHref(slugs));
}
