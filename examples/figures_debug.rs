fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let arts: Vec<_> = files.iter().map(|f| parallax::parse(&std::fs::read_to_string(f).unwrap(), &Default::default()).unwrap()).collect();
    let docs: Vec<_> = arts.iter().map(parallax::compare::Prepared::new).collect();
    for f in parallax::compare::figures::collect(&docs) {
        println!("{} {:?} key={:?} [{} {}] {:?}", f.article, f.text, f.key, f.low, f.high, f.resolved);
    }
}
