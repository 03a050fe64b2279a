import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../schemas/index.ts';
import type { CommitmentEntry } from './corpus.ts';
import { placeCommitments } from './text-view.ts';

const task = (id: string, text: string, block: number | null) => ({ id, text, block }) as CommitmentEntry;

describe('placing commitments on the text', () => {
  const blocks: TextBlock[] = [
    { kind: 'heading', text: '2.7. Quản lý tài chính - tín dụng chặt chẽ, đúng quy định', anchor: 'ii-2-7', level: 3, line: 1 },
    { kind: 'paragraph', text: 'Quản lý chặt chẽ thu, chi ngân sách nhà nước, đẩy mạnh thực hành tiết kiệm, chống lãng phí.', line: 2 },
    { kind: 'item', text: 'a) Rà soát các khoản chi thường xuyên.', line: 3 },
  ];

  it('finds a task that takes in its paragraph on the heading that holds its first line', () => {
    const absorbed = task('t1', `${blocks[0]!.text}\n${(blocks[1] as { text: string }).text}`, 0);
    expect([...placeCommitments(blocks, [absorbed])]).toEqual([[0, [absorbed]]]);
  });

  it('finds a commitment whose recorded block moved by its text, and leaves out one whose text is nowhere', () => {
    const moved = task('t2', 'a) Rà soát các khoản chi thường xuyên.', 0);
    const gone = task('t3', 'Một nhiệm vụ không có trong văn bản.', 1);
    expect([...placeCommitments(blocks, [moved, gone])]).toEqual([[2, [moved]]]);
  });
});
