export function NetworkPage(_props: { params: URLSearchParams }) {
  return <div class="page">NetworkPage todo</div>;
}
