import { invalidateAll } from '$app/navigation';

export interface LiveMeeting {
  meetingId: string;
  /** The status the page shows for a ballot (undefined: a ballot it does not know yet). */
  statusOf: (ballotId: string) => string | undefined;
  /** A vote came in: the page shows the event's count, without re-reading anything. */
  onVotes: (ballotId: string, votesCast: number) => void;
}

interface BallotEvent {
  id: string;
  status: string;
  votesCast: number;
}

/**
 * Svelte action for the meeting-day and projector pages (with JavaScript): follows the meeting's
 * ballots over /seances/:id/flux. A vote only moves a count, which the event carries: the page
 * takes it from there. A ballot that opens or closes changes what the page shows: its data is
 * re-read then (once more after a read if another change came during it). EventSource reconnects
 * by itself after a network drop; the page is then re-read once so nothing missed is lost.
 */
export function liveMeeting(node: HTMLElement, params: LiveMeeting) {
  let current = params;
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
  const onBallot = (event: MessageEvent<string>) => {
    let ballot: BallotEvent;
    try {
      ballot = JSON.parse(event.data) as BallotEvent;
    } catch {
      return refresh();
    }
    if (current.statusOf(ballot.id) === ballot.status) current.onVotes(ballot.id, ballot.votesCast);
    else refresh();
  };
  const source = new EventSource(`/seances/${encodeURIComponent(params.meetingId)}/flux`);
  source.addEventListener('ballot', onBallot);
  source.addEventListener('open', () => {
    if (opened) refresh();
    opened = true;
  });
  source.addEventListener('ready', () => (node.dataset.live = 'on'));
  source.addEventListener('error', () => delete node.dataset.live);
  return {
    update(next: LiveMeeting) {
      current = next;
    },
    destroy() {
      source.close();
    },
  };
}
