package org.annals.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Full-text index (Lucene) over the title and text of a store's articles, in {@code <store>/index}.
 *
 * <p>The index is derived data: {@link #sync} makes it hold exactly the store's articles, adding what is
 * missing and removing what the store lacks, so a crash between a store commit and an index commit is
 * repaired on the next sync. Text is lower-cased and folded to ASCII, so "Nazarbaïev" finds "Nazarbaiev".
 */
public final class ArticleIndex {

    /** The index directory inside a store directory. */
    public static final String DIRECTORY = "index";

    private static final String ID = "id";
    private static final String BODY = "body";

    private final Path directory;

    public ArticleIndex(Path storeDirectory) {
        this.directory = storeDirectory.resolve(DIRECTORY);
    }

    static Analyzer analyzer() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Brings the index in line with the store; returns how many articles were added. */
    public int sync(Store store) {
        try (FSDirectory dir = FSDirectory.open(directory);
             Analyzer analyzer = analyzer();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer)
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND))) {
            Set<String> indexed = indexedIds(writer);
            Set<String> stored = new HashSet<>();
            int added = 0;
            synchronized (store) {
                try (Statement st = store.connection().createStatement();
                     ResultSet rs = st.executeQuery("SELECT id, title, text FROM articles")) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        stored.add(id);
                        if (!indexed.contains(id)) {
                            Document doc = new Document();
                            doc.add(new StringField(ID, id, Field.Store.YES));
                            String title = rs.getString(2);
                            doc.add(new TextField(BODY, (title == null ? "" : title + "\n") + rs.getString(3), Field.Store.NO));
                            writer.addDocument(doc);
                            added++;
                        }
                    }
                }
            }
            for (String id : indexed) {
                if (!stored.contains(id)) {
                    writer.deleteDocuments(new Term(ID, id));
                }
            }
            writer.commit();
            return added;
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot update the full-text index in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> indexedIds(IndexWriter writer) throws IOException {
        Set<String> ids = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(ID);
                if (terms == null) {
                    continue;
                }
                TermsEnum it = terms.iterator();
                for (BytesRef term = it.next(); term != null; term = it.next()) {
                    ids.add(term.utf8ToString());
                }
            }
        }
        return ids;
    }

    /**
     * Ids of the articles matching a query in Lucene's classic syntax (words must all occur unless OR is
     * written; "quoted phrases", prefix*), best first, at most {@code limit}.
     */
    public List<String> search(String query, int limit) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (FSDirectory dir = FSDirectory.open(directory);
             Analyzer analyzer = analyzer()) {
            if (!DirectoryReader.indexExists(dir)) {
                return List.of();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                QueryParser parser = new QueryParser(BODY, analyzer);
                parser.setDefaultOperator(QueryParser.Operator.AND);
                Query parsed = parser.parse(query);
                IndexSearcher searcher = new IndexSearcher(reader);
                List<String> ids = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(parsed, Math.max(1, limit)).scoreDocs) {
                    ids.add(searcher.storedFields().document(hit.doc).get(ID));
                }
                return ids;
            }
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read text query '" + query + "': " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("cannot search the full-text index in " + directory + ": " + e.getMessage(), e);
        }
    }
}
