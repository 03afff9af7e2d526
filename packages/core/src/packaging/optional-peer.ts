import { StratusError } from '../errors/stratus-error.js';

/**
 * Loads an optional peer dependency, turning "module not found" into an error that says which
 * package to install and what needs it. `load` is the caller's own `() => import('…')`: a bare
 * specifier resolves from the module that imports it, so the package declaring the peer does.
 */
export async function importOptionalPeer<T>(load: () => Promise<T>, peer: { packageName: string; version?: string; neededBy: string }): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const spec = peer.version ? `${peer.packageName}@${peer.version}` : peer.packageName;
    throw new StratusError(`${peer.neededBy} needs ${peer.packageName}, which is not installed (or failed to load): install it, e.g. npm install ${spec}`, { cause: error });
  }
}
