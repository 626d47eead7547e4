// Under a national list: how many rows are shown (of how many) and « Afficher plus » for the next page.
import type { PageState } from '../analyses/types';
import type { T } from '../i18n';

interface Props {
  page: PageState;
  loading: boolean;
  onMore: () => void;
  t: T;
}

export function PageMore({ page, loading, onMore, t }: Props) {
  const n = page.nodes.length;
  if (!page.hasNextPage && page.totalCount == null) return null;
  return (
    <div className="page-more" data-testid="page-more">
      <span data-testid="page-count" data-shown={n} data-total={page.totalCount ?? ''}>
        {page.totalCount == null ? n : t('page.shown', { n, total: page.totalCount })}
      </span>
      {page.hasNextPage && (
        <button type="button" data-testid="page-more-button" disabled={loading} aria-busy={loading} onClick={onMore}>
          {loading ? t('page.loading') : t('page.more')}
        </button>
      )}
    </div>
  );
}
