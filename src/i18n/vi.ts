/**
 * Every Vietnamese interface string, under flat dotted keys. Components never
 * hard-code labels; source-derived text (titles, agency names) is never translated.
 */
export const vi = {
  'site.name': 'Kế hoạch mở',
  'site.tagline': 'Kế hoạch của chính quyền, ai làm gì, đến khi nào — minh bạch cho mọi người.',
  'site.skipLink': 'Bỏ qua, đến nội dung chính',
  'nav.label': 'Điều hướng chính',
  'nav.documents': 'Văn bản',
  'nav.agencies': 'Cơ quan',
  'nav.themes': 'Chủ đề',
  'nav.places': 'Địa phương',
  'nav.targets': 'Chỉ tiêu',
  'nav.references': 'Văn bản được trích dẫn',
  'search.label': 'Tìm kiếm cam kết, văn bản, cơ quan',
  'search.placeholder': 'Ví dụ: sở tài chính, đầu tư công',
  'search.submit': 'Tìm',
  'footer.about':
    'Kế hoạch mở chuyển văn bản kế hoạch của chính quyền thành trang web có thể tìm kiếm. Văn bản gốc được giữ nguyên văn.',
  'footer.data': 'Dữ liệu mở',
  'footer.source': 'Mã nguồn',
} as const;

export type UiKey = keyof typeof vi;

/** Looks up a UI string. */
export function t(key: UiKey): string {
  return vi[key];
}
