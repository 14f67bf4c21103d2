import { useEffect, useState } from 'react';
import { loadProgress, type ProgressData } from './progress-data.js';

/** The person's progress for a page: `data` once loaded, or the message of what failed. */
export function useProgress(): { data: ProgressData | null; error: string | null } {
  const [data, setData] = useState<ProgressData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadProgress()
      .then(setData)
      .catch((e: Error) => setError(e.message));
  }, []);
  return { data, error };
}
