module dev.tokendoctor {
    requires javafx.controls;
    requires javafx.fxml;
    requires javafx.web;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    requires com.auth0.jwt;
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;
    requires jdk.httpserver;
    // httpclient5 is an automatic module and cannot declare these itself.
    requires jdk.net;
    requires java.security.jgss;

    exports dev.tokendoctor.oauth;
}
