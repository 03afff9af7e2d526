// Hand-written customization of @stratus/openstack-iot, copied verbatim by the generator.
import type { FetchResultLike } from '@stratus/core';
import type { ManagerOptions } from '@stratus/core/internal';
import { NoMatchNotFound, NoUniqueMatch } from './iotronic-errors.js';
import { unwrap } from './unwrap.js';

/** Makes the managers (`iot.boards.get(…)`, `iot.boards.find(…)`) throw the iotronicclient classes. */
export const managerOptions: ManagerOptions = {
  unwrap: (result: Promise<FetchResultLike>) => unwrap(result),
  findErrors: {
    none: (target) => new NoMatchNotFound(target),
    many: (target, matches) => new NoUniqueMatch(target, matches),
  },
};
