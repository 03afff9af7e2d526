import { ConflictError, StratusError } from '@stratus/core';
import type { CallOptions } from '../client/api-tree.js';
import type { OpenvCloudMachine } from './openvcloud-machine.js';

/** Where an SSH client connects to reach a machine. */
export interface SshEndpoint {
  /** The cloudspace's public IP address. */
  host: string;
  /** The public port forwarded to the machine's port 22. */
  port: number;
  /** True when this call created the port forward. */
  created: boolean;
}

/** Jumpscale's first candidate public port for a new forward. */
export const FIRST_SSH_PUBLIC_PORT = 2200;
const ATTEMPTS = 3;

export async function ensureSshEndpoint(machine: OpenvCloudMachine, options?: CallOptions): Promise<SshEndpoint> {
  const { cloudapi } = machine.space.account.context.api;
  const cloudspaceId = machine.space.id;
  const where = `machine ${JSON.stringify(machine.name)} in cloudspace ${JSON.stringify(machine.space.name)}`;
  for (let attempt = 1; ; attempt++) {
    const forwards = await cloudapi.portforwarding.list({ cloudspaceId }, options);
    const existing = forwards.find((forward) => forward.machineId === machine.id && Number(forward.localPort) === 22 && (forward.protocol ?? 'tcp').toLowerCase() === 'tcp');
    if (existing?.publicIp && existing.publicPort !== undefined) return { host: existing.publicIp, port: Number(existing.publicPort), created: false };

    const space = await cloudapi.cloudspaces.get({ cloudspaceId }, options);
    const host = space.publicipaddress;
    if (!host) throw new StratusError(`[@stratus/openvcloud] cannot reach ${where} over SSH: the cloudspace has no public IP address yet (status ${space.status ?? 'unknown'}); deploy it first`);
    const used = new Set(forwards.map((forward) => Number(forward.publicPort)));
    let port = FIRST_SSH_PUBLIC_PORT;
    while (used.has(port)) port++;
    try {
      await cloudapi.portforwarding.create({ cloudspaceId, publicIp: host, publicPort: port, machineId: machine.id, localPort: 22, protocol: 'tcp' }, options);
      return { host, port, created: true };
    } catch (error) {
      // Someone took the port between the list and the create: list again and pick another.
      if (!(error instanceof ConflictError) || attempt >= ATTEMPTS) throw error;
    }
  }
}
