import { useState } from 'preact/hooks';

const KEY = 'armstrace.reviewToken';

/** The reviewer's bearer token, kept for this browser tab only (sessionStorage), never in the URL. */
export function useToken(): [string, (token: string) => void] {
  const [token, setToken] = useState(() => {
    try {
      return sessionStorage.getItem(KEY) ?? '';
    } catch {
      return '';
    }
  });
  const save = (next: string) => {
    const value = next.trim();
    try {
      if (value) sessionStorage.setItem(KEY, value);
      else sessionStorage.removeItem(KEY);
    } catch {
      // storage refused (private mode): the token lives in memory only
    }
    setToken(value);
  };
  return [token, save];
}
