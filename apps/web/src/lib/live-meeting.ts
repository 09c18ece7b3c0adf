import { invalidateAll } from '$app/navigation';

/**
 * Svelte action for the meeting-day and projector pages (with JavaScript): follows the meeting's
 * ballots over /seances/:id/flux and re-reads the page's data on each change, so the live region
 * shows what a reload would. Changes that come during a read are read once more after it. EventSource reconnects
 * by itself after a network drop; the page is then re-read once so nothing missed is lost.
 */
export function liveMeeting(node: HTMLElement, meetingId: string) {
  let reading = false;
  let again = false;
  let opened = false;
  const refresh = () => {
    // A change during a read is read once more after it: the last state is never missed.
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    void invalidateAll().finally(() => {
      reading = false;
      if (again) {
        again = false;
        refresh();
      }
    });
  };
  const source = new EventSource(`/seances/${encodeURIComponent(meetingId)}/flux`);
  source.addEventListener('ballot', refresh);
  source.addEventListener('open', () => {
    if (opened) refresh();
    opened = true;
  });
  source.addEventListener('ready', () => (node.dataset.live = 'on'));
  source.addEventListener('error', () => delete node.dataset.live);
  return {
    destroy() {
      source.close();
    },
  };
}
