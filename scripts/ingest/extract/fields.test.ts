import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../lexicon/load.ts';
import { readField } from './fields.ts';

const lexicon = loadLexicon();

describe('labelled fields of a task', () => {
  it.each([
    ['- Cơ quan chủ trì: Sở Nội vụ.', 'lead', ['Sở Nội vụ']],
    ['- Đơn vị thực hiện: Sở Khoa học và Công nghệ', 'lead', ['Sở Khoa học và Công nghệ']],
    ['Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp.', 'lead', ['Sở Tư pháp']],
    ['- Cơ quan phối hợp: Sở Tài chính, Ủy ban nhân dân các quận, huyện.', 'partners', ['Sở Tài chính', 'Ủy ban nhân dân các quận, huyện']],
    ['- Thời gian thực hiện: Quý II/2025.', 'timing', []],
    ['Sản phẩm: Kế hoạch được phê duyệt.', 'product', []],
  ])('reads "%s" as a %s field', (text, field, agencies) => {
    expect(readField(text, lexicon)).toMatchObject({ field, agencies });
  });

  it.each([['Chủ trì triển khai các nhiệm vụ: Xây dựng cơ chế thử nghiệm'], ['Lưu ý:'], ['Nội dung: Tăng cường kiểm tra.']])(
    'does not take "%s" for a field',
    (text) => {
      expect(readField(text, lexicon)).toBeNull();
    },
  );
});
