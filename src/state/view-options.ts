import { create } from 'zustand';

/** How the screen is looked at, for this session only (not saved). */
export interface ViewOptions {
  /** The eavesdropper's view: bytes sent inside TLS are shown as the ciphertext they are. */
  eavesdropper: boolean;
  /** The step whose explanation is open, or null. */
  explained: number | null;
  setEavesdropper(on: boolean): void;
  explain(seq: number | null): void;
}

export const useViewOptions = create<ViewOptions>()((set) => ({
  eavesdropper: false,
  explained: null,
  setEavesdropper: (eavesdropper) => set({ eavesdropper }),
  explain: (explained) => set({ explained }),
}));
