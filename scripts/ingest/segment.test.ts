import { describe, expect, it } from 'vitest';
import { segment, splitInlineHeading, splitSentences } from './segment.ts';

describe('segment', () => {
  it('finds inline headings in a text flattened into one line', () => {
    const line = `${'Mục tiêu tổng quát là phát triển nhanh và bền vững trong nhiệm kỳ tới. '.repeat(20)}Những nhiệm vụ trọng tâm Tăng cường xây dựng Đảng bộ. Phát triển kinh tế nhanh. Các đột phá chiến lược Đẩy mạnh cải cách hành chính.`;
    const blocks = segment([{ text: line, sourceLine: 1 }]);
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(['Những nhiệm vụ trọng tâm', 'Các đột phá chiến lược']);
    expect(blocks.map((b) => b.text).join(' ')).toBe(line);
  });

  it('does not take a sentence with a proper noun for an inline heading', () => {
    expect(splitInlineHeading('Cà Mau xác định mục tiêu tổng quát trong 5 năm tới.')).toBeNull();
    expect(splitInlineHeading('Những nhiệm vụ trọng tâm Tăng cường xây dựng Đảng.')).toEqual([
      'Những nhiệm vụ trọng tâm',
      'Tăng cường xây dựng Đảng.',
    ]);
  });

  it('splits sentences without losing characters', () => {
    const text = 'Du lịch… Huy động mọi nguồn lực. “Tự diễn biến” là nguy cơ! Tỷ lệ đạt 6,96%.';
    expect(splitSentences(text)).toEqual(['Du lịch…', 'Huy động mọi nguồn lực.', '“Tự diễn biến” là nguy cơ!', 'Tỷ lệ đạt 6,96%.']);
  });

  it('joins a title printed over consecutive upper-case lines into one heading', () => {
    const blocks = segment([
      { text: 'QUY ĐỊNH', sourceLine: 1 },
      { text: 'CHỨC NĂNG, NHIỆM VỤ CỦA SỞ TƯ PHÁP', sourceLine: 2 },
      { text: 'Điều 1. Vị trí', sourceLine: 3 },
    ]);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'QUY ĐỊNH\nCHỨC NĂNG, NHIỆM VỤ CỦA SỞ TƯ PHÁP'],
      ['item', 'Điều 1. Vị trí'],
    ]);
  });

  it('continues a numbered upper-case heading on the next upper-case line', () => {
    const blocks = segment([
      { text: 'Mục 1', sourceLine: 1 },
      { text: 'TRÌNH TỰ, THỦ TỤC LẬP,', sourceLine: 2 },
      { text: 'THẨM ĐỊNH, PHÊ DUYỆT KẾ HOẠCH', sourceLine: 3 },
      { text: 'Điều 4. Trình tự lập', sourceLine: 4 },
    ]);
    expect(blocks.map((b) => [b.style, b.text])).toEqual([
      ['section-group', 'Mục 1\nTRÌNH TỰ, THỦ TỤC LẬP,\nTHẨM ĐỊNH, PHÊ DUYỆT KẾ HOẠCH'],
      ['article', 'Điều 4. Trình tự lập'],
    ]);
  });

  it('keeps photo captions as captions and upper-case lines as heading candidates', () => {
    const blocks = segment([
      { text: 'Ảnh: Quang cảnh Hội nghị.', sourceLine: 1 },
      { text: 'TÓM TẮT BÁO CÁO', sourceLine: 2 },
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['caption', 'heading']);
  });

  it('takes a short line followed by its photo credit, or ending with it, for a caption', () => {
    const blocks = segment([
      { text: 'Quang cảnh hội nghị', sourceLine: 1 },
      { text: 'Ảnh: Minh Anh', sourceLine: 2 },
      { text: 'Đồng chí Chủ tịch phát biểu tại buổi làm việc. (Ảnh: Hữu Nghĩa)', sourceLine: 3 },
      { text: 'Các sở, ngành cần tập trung triển khai các giải pháp trong thời gian tới.', sourceLine: 4 },
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['caption', 'caption', 'caption', 'paragraph']);
  });

  it('keeps lines the page layout marked as captions as captions', () => {
    const blocks = segment([{ text: 'Hội nghị trực tuyến tại tỉnh triển khai nhiệm vụ 6 tháng cuối năm.', sourceLine: 1, caption: true }]);
    expect(blocks.map((b) => b.kind)).toEqual(['caption']);
  });
});
