import type { OpenvCloudSchemas } from './resource-context.js';
import { OpenvCloudResourceNotFoundError } from './resource-errors.js';

type Size = OpenvCloudSchemas['OVCSize'];

/** Jumpscale's rule: a memory value below 100 is in GB, anything else in MB. */
export function memoryInMb(memory: number): number {
  return memory < 100 ? memory * 1024 : memory;
}

/**
 * Jumpscale's `size_find_id`: from the largest size down, the first whose memory is below 1.1 × the
 * requested memory (so 2 GB picks the 2048 MB size, not 4096) and, when `vcpus` is given, with exactly
 * that many vCPUs.
 */
export function selectSize(sizes: readonly Size[], memory: number, vcpus?: number): Size & { id: number } {
  const wantedMb = memoryInMb(memory);
  const byMemoryDescending = sizes.filter((size): size is Size & { id: number; memory: number } => typeof size.id === 'number' && typeof size.memory === 'number').sort((a, b) => b.memory - a.memory);
  const chosen = byMemoryDescending.find((size) => wantedMb > size.memory / 1.1 && (vcpus === undefined || size.vcpus === vcpus));
  if (chosen) return chosen;
  throw new OpenvCloudResourceNotFoundError({
    kind: 'size',
    wanted: `${wantedMb} MB${vcpus === undefined ? '' : `, ${vcpus} vCPU${vcpus === 1 ? '' : 's'}`}`,
    available: byMemoryDescending.map((size) => `${size.name ?? size.id}: ${size.memory} MB, ${size.vcpus ?? '?'} vCPUs`),
  });
}
