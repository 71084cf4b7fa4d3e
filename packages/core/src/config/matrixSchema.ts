import { z } from 'zod';
import { defaultMatrix } from './defaults';
import { matrixSegmentSchema } from './vocabulary';

const matrixRow = (row: Record<'low' | 'medium' | 'high', 'key' | 'develop' | 'retain'>) =>
  z
    .object({
      low: matrixSegmentSchema.default(row.low),
      medium: matrixSegmentSchema.default(row.medium),
      high: matrixSegmentSchema.default(row.high),
    })
    .prefault({});

/** Value class × potential band → segment (S4). */
export const matrixSchema = z
  .object({
    '1': matrixRow(defaultMatrix['1']),
    '2': matrixRow(defaultMatrix['2']),
    '3': matrixRow(defaultMatrix['3']),
  })
  .prefault({});
