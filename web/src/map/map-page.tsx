export function MapPage(_props: { params: URLSearchParams }) {
  return <div class="page">MapPage todo</div>;
}
