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
  'search.result.commitment': 'Cam kết',
  'search.result.document': 'Văn bản',
  'search.facet.place': 'Địa phương',
  'search.facet.document': 'Văn bản',
  'search.facet.documentKind': 'Loại văn bản',
  'search.facet.agency': 'Cơ quan chủ trì',
  'search.facet.theme': 'Chủ đề',
  'search.facet.year': 'Năm',
  'search.facet.all': 'Tất cả',
  'search.page.title': 'Tìm kiếm',
  'search.page.intro': 'Tìm cam kết và văn bản kế hoạch. Có thể gõ không dấu: “so tai chinh” tìm được “Sở Tài chính”.',
  'search.page.noscript':
    'Trang tìm kiếm cần JavaScript để tra chỉ mục trong trình duyệt. Bạn vẫn có thể duyệt theo văn bản, cơ quan, chủ đề hoặc địa phương qua các liên kết ở đầu trang.',
  'search.filters.heading': 'Lọc kết quả',
  'search.filters.clear': 'Bỏ tất cả bộ lọc',
  'search.sort.label': 'Sắp xếp',
  'search.sort.relevance': 'Liên quan nhất',
  'search.sort.newest': 'Mới nhất',
  'search.sort.oldest': 'Cũ nhất',
  'search.status.loading': 'Đang tìm…',
  'search.status.empty': 'Nhập từ khóa để tìm, hoặc chọn bộ lọc.',
  'search.status.none': 'Không tìm thấy kết quả nào cho “{q}”.',
  'search.status.count': 'Tìm thấy {n} kết quả cho “{q}”.',
  'search.status.countNoQuery': 'Có {n} kết quả phù hợp bộ lọc.',
  'search.status.error': 'Không tải được chỉ mục tìm kiếm. Hãy thử tải lại trang.',
  'search.results.label': 'Kết quả tìm kiếm',
  'search.results.more': 'Xem thêm kết quả',
  'search.results.sections': 'Mục liên quan',
} as const;

export type UiKey = keyof typeof vi;

/** Looks up a UI string. */
export function t(key: UiKey): string {
  return vi[key];
}
