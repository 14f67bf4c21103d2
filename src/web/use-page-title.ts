import { useEffect } from 'react';

/** Names the browser tab after the page, so history and tab lists say where each one is. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Psoas`;
  }, [title]);
}
