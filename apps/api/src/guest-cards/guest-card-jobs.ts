/** Jobs of the guest-cards queue. `delete-files` is also written by the trigger of migration 1765020000000. */
export const GUEST_CARD_JOBS = { render: 'render', deleteFiles: 'delete-files' } as const;

export interface RenderJob {
  guestCardId: string;
}

export interface DeleteFilesJob {
  file: string | null;
  preview: string | null;
}
