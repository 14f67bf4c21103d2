import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { accountSchema } from '../contract/auth.js';
import { api } from './api.js';

type Account = z.infer<typeof accountSchema>;
const CHANGED = 'psoas:account-changed';

// One request per page load, shared by every component that asks; signing in or out clears it.
let pending: Promise<Account | null> | null = null;
const load = () => {
  pending ??= api<typeof accountSchema>('/api/account').catch(() => null);
  return pending;
};

/** Call after signing in, out or up: the navigation and forms that depend on the account refresh. */
export function accountChanged(): void {
  pending = null;
  window.dispatchEvent(new Event(CHANGED));
}

/** Who is signed in (null while loading, or when the server cannot be reached). */
export function useAccount(): Account | null {
  const [account, setAccount] = useState<Account | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () => {
      void load().then((a) => {
        if (live) setAccount(a);
      });
    };
    refresh();
    window.addEventListener(CHANGED, refresh);
    return () => {
      live = false;
      window.removeEventListener(CHANGED, refresh);
    };
  }, []);
  return account;
}

/** Staff see the clinic's pages; patients and guests never see a link to them. */
export const isStaff = (account: Account | null) =>
  account?.user?.role === 'practitioner' ||
  account?.user?.role === 'clinic_admin' ||
  account?.user?.role === 'reception';
