import type { OpenvCloudSchemas } from './resource-context.js';
import { OpenvCloudResourceNotFoundError } from './resource-errors.js';

type Image = OpenvCloudSchemas['OVCImageInfo'];

/** Jumpscale's `image_find_id`: the first image whose name contains `wanted`, ignoring case. */
export function selectImage(images: readonly Image[], wanted: string): Image & { id: number } {
  const needle = wanted.toLowerCase();
  const chosen = images.find((image): image is Image & { id: number } => typeof image.id === 'number' && (image.name ?? '').toLowerCase().includes(needle));
  if (chosen) return chosen;
  throw new OpenvCloudResourceNotFoundError({ kind: 'image', wanted, available: images.map((image) => image.name ?? String(image.id)) });
}
