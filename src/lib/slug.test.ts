import { describe, expect, it } from 'vitest';
import { slugify } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['Sở Tài chính', 'so-tai-chinh'],
    ['Ủy ban nhân dân tỉnh Cà Mau', 'uy-ban-nhan-dan-tinh-ca-mau'],
    ['Đầu tư công', 'dau-tu-cong'],
    ['Sở KH&ĐT', 'so-kh-dt'],
    ['01/CTr-UBND', '01-ctr-ubnd'],
    ['  Nghị quyết số 08-NQ/TU  ', 'nghi-quyet-so-08-nq-tu'],
  ])('turns %j into %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('gives the same slug for NFC and NFD input', () => {
    expect(slugify('Phát triển nông thôn'.normalize('NFD'))).toBe(slugify('Phát triển nông thôn'));
  });

  it('cuts long text at a word boundary', () => {
    const slug = slugify('chương trình hành động thực hiện nghị quyết của chính phủ về kế hoạch phát triển kinh tế xã hội', 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
    expect('chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-cua'.startsWith(slug)).toBe(true);
  });
});
