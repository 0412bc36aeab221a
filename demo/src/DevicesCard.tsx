import { useId, useState } from 'react';
import { SessionList, useRevokeOtherSessions, useRevokeSession, useUserSessions } from '../../src';

/**
 * "Your devices" on the security page: the library's SessionList fed by its account hooks.
 * The list loads when the person opens it (one request), not with every visit of the page.
 */
export function DevicesCard() {
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div className="demo-devices-card">
      <button type="button" className="demo-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {open ? 'Hide your devices' : 'Show your devices'}
      </button>
      <div id={listId}>{open ? <Devices /> : null}</div>
    </div>
  );
}

function Devices() {
  const list = useUserSessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  return (
    <SessionList
      data-testid="devices"
      status={list.status}
      current={list.current}
      others={list.others}
      expired={list.expired}
      onSignOut={(id) => revoke.mutate(id)}
      onSignOutOthers={() => revokeOthers.mutate()}
      busy={revoke.isPending || revokeOthers.isPending}
      revokeError={revoke.error ?? revokeOthers.error}
      onRetry={() => void list.refetch()}
    />
  );
}
